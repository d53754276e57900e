//! Where countries belong.

closed_set! {
    /// One of ITU's six regions.
    pub enum ItuRegion in "region" {
        Africa,
        Americas,
        ArabStates,
        AsiaPacific,
        Cis,
        Europe,
    }
}
