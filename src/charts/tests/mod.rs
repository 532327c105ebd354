//! Native tests of the drawers: counts of marks, labels and positions in the SVG output.

mod bar_tests;
mod common_tests;
mod escaping_tests;
mod fixtures;
mod hbar_tests;
mod line_tests;
mod probe;
mod samples;
