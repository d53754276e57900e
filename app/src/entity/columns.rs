//! Column types for values stored as text: JSON ([`Json`]), a choice a draft may not have made
//! yet ([`Chosen`]), and an audit entry's details as they were hashed ([`Details`]). The
//! columns stay `TEXT` and the stored strings stay what they were; the entities read them as
//! types, and a row that does not parse fails to load, naming the column's type.
//!
//! (SeaORM's `FromJsonQueryResult` reads through the database's JSON types, which a
//! PostgreSQL `TEXT` column is not; `DeriveValueType` parses no newtype. Hence these, written
//! once with [`text_column!`].)

use std::{fmt::Display, str::FromStr, sync::Arc};

use sea_orm::{
    ColIdx, DbErr, QueryResult, TryGetError, TryGetable, Value,
    sea_query::{ArrayType, ColumnType, Nullable, ValueType, ValueTypeErr},
};
use serde::{Serialize, de::DeserializeOwned};

/// A value stored as its JSON text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Json<T>(pub T);

/// A closed set's value where the column may hold none yet, stored as the empty string (a
/// draft's project status before its owner picks one).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Chosen<T>(pub Option<T>);

impl<T: Copy> Chosen<T> {
    /// The value, if one was chosen.
    pub fn get(self) -> Option<T> {
        self.0
    }
}

/// An audit entry's details: JSON, kept as the text its entry's hash covers, so that the
/// chain verifies whatever the text's spacing or key order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Details(String);

impl Details {
    /// The text as stored (what the hash covers).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The details as JSON (`null` for a text that is none).
    pub fn value(&self) -> serde_json::Value {
        serde_json::from_str(&self.0).unwrap_or_default()
    }
}

impl From<serde_json::Value> for Details {
    fn from(value: serde_json::Value) -> Self {
        Self(value.to_string())
    }
}

/// Why a stored text is not the value its column holds.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Unreadable(String);

impl<T: Serialize> Json<T> {
    fn print(&self) -> String {
        // A value of ours always serialises; `null` would be read back as an error.
        serde_json::to_string(&self.0).unwrap_or_else(|_| "null".to_owned())
    }
}

impl<T: DeserializeOwned> Json<T> {
    fn parse(text: &str) -> Result<Self, Unreadable> {
        serde_json::from_str(text)
            .map(Json)
            .map_err(|e| Unreadable(format!("{text:?} is not the JSON stored here: {e}")))
    }
}

impl<T: Display> Chosen<T> {
    fn print(&self) -> String {
        self.0.as_ref().map(ToString::to_string).unwrap_or_default()
    }
}

impl<T: FromStr> Chosen<T>
where
    T::Err: Display,
{
    fn parse(text: &str) -> Result<Self, Unreadable> {
        if text.is_empty() {
            return Ok(Chosen(None));
        }
        text.parse::<T>()
            .map(|v| Chosen(Some(v)))
            .map_err(|e| Unreadable(e.to_string()))
    }
}

impl Details {
    fn print(&self) -> String {
        self.0.clone()
    }

    #[expect(
        clippy::unnecessary_wraps,
        reason = "one signature for every text column"
    )]
    fn parse(text: &str) -> Result<Self, Unreadable> {
        Ok(Details(text.to_owned()))
    }
}

/// The traits SeaORM reads and writes a column's type through, for a type stored as text
/// with `print` and `parse`.
macro_rules! text_column {
    ($name:literal, [$($generics:tt)*], $ty:ty, $($bounds:tt)*) => {
        impl<$($generics)*> From<$ty> for Value where $($bounds)* {
            fn from(source: $ty) -> Self {
                source.print().into()
            }
        }

        impl<$($generics)*> TryGetable for $ty where $($bounds)* {
            fn try_get_by<I: ColIdx>(res: &QueryResult, idx: I) -> Result<Self, TryGetError> {
                let text = String::try_get_by(res, idx)?;
                <$ty>::parse(&text).map_err(|e| {
                    TryGetError::DbErr(DbErr::TryIntoErr {
                        from: "String",
                        into: $name,
                        source: Arc::new(e),
                    })
                })
            }
        }

        impl<$($generics)*> ValueType for $ty where $($bounds)* {
            fn try_from(v: Value) -> Result<Self, ValueTypeErr> {
                let text = <String as ValueType>::try_from(v)?;
                <$ty>::parse(&text).map_err(|_| ValueTypeErr)
            }

            fn type_name() -> String {
                $name.to_owned()
            }

            fn array_type() -> ArrayType {
                ArrayType::String
            }

            fn column_type() -> ColumnType {
                ColumnType::Text
            }
        }

        impl<$($generics)*> Nullable for $ty where $($bounds)* {
            fn null() -> Value {
                Value::String(None)
            }
        }

        impl<$($generics)*> sea_orm::sea_query::postgres_array::NotU8 for $ty where $($bounds)* {}

        impl<$($generics)*> sea_orm::IntoActiveValue<$ty> for $ty where $($bounds)* {
            fn into_active_value(self) -> sea_orm::ActiveValue<$ty> {
                sea_orm::ActiveValue::Set(self)
            }
        }
    };
}

text_column!("Json", [T], Json<T>, T: Serialize + DeserializeOwned);
text_column!("Chosen", [T], Chosen<T>, T: Display + FromStr, T::Err: Display);
text_column!("Details", [], Details,);
