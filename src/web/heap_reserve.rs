//! The heap the page needs, taken from the browser once, at start-up.
//!
//! Left alone, the allocator grows the WebAssembly memory step by step while the app builds
//! the page: the dashboard goes from 2.2 to 7.7 MB in thirteen steps during its takeover.
//! JavaScriptCore on Linux (WebKitGTK) has known faults around memory growth, seen as a
//! spurious "Out of bounds memory access" (tauri-apps/tauri#7154, oven-sh/bun#17146); one
//! such fault struck the takeover here in about one load in a hundred under load. Growing
//! once, before any of the app's code runs, leaves the takeover no growth to stumble on.

/// What the dashboard's takeover uses at most, with room to spare (measured: 7.7 MB).
const RESERVED_BYTES: usize = 8 << 20;
/// Small enough that the allocator keeps each block in its own pool (rather than mapping it
/// apart), so that freed blocks serve later allocations.
const BLOCK_BYTES: usize = 64 << 10;

/// Allocates `RESERVED_BYTES` and frees them again: the memory stays with the allocator,
/// which serves the app's allocations from it without growing.
pub fn reserve_heap() {
    let blocks: Vec<Vec<u8>> = (0..RESERVED_BYTES / BLOCK_BYTES)
        .map(|_| Vec::with_capacity(BLOCK_BYTES))
        .collect();
    // Without this the compiler may drop the unused allocations altogether.
    std::hint::black_box(&blocks);
}
