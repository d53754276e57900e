use crate::codes::ImageType;
use sea_orm::entity::prelude::*;

/// A picture or logo, re-encoded on upload, with its thumbnail.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pictures")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub content_type: ImageType,
    pub data: Vec<u8>,
    pub thumb_content_type: ImageType,
    pub thumb_data: Vec<u8>,
    /// A copy at display size (see `nominations::pictures::DISPLAY_SIDE`), when the picture
    /// is larger; none yet for a picture stored before copies were made.
    pub display_content_type: Option<ImageType>,
    pub display_data: Option<Vec<u8>>,
    pub width: i32,
    pub height: i32,
    pub byte_size: i32,
    pub uploaded_by: Option<i64>,
    pub created_at: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
