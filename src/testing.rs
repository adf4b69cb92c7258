//! Output normalisation shared by the golden-test harness and the golden regeneration
//! tool, so that real Go's output and goscope's are compared on the same terms.
