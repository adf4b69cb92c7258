//! Build script: generates the parser from grammar/go.lalrpop (when present).
fn main() {
    println!("cargo:rerun-if-changed=grammar");
    if std::path::Path::new("grammar/go.lalrpop").exists() {
        lalrpop::Configuration::new()
            .set_in_dir("grammar")
            .set_out_dir(std::env::var("OUT_DIR").unwrap())
            .emit_report(false)
            .process()
            .unwrap();
    }
}
