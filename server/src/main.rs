//! `wsis-prizes`: serve the platform, migrate the database, manage accounts.

/// Rendering a page is many small allocations on every core at once; the system allocator
/// spent a third of the server's time in them (measured with `perf` under `make bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    server::cli::main()
}
