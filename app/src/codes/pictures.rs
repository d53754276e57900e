//! Pictures as stored: re-encoded, in one of a few formats.

closed_set! {
    /// The format a picture is stored in, by its media type.
    pub enum ImageType in "image" {
        #[strum(serialize = "image/jpeg")]
        Jpeg,
        #[strum(serialize = "image/png")]
        Png,
        #[strum(serialize = "image/webp")]
        Webp,
    }
}
