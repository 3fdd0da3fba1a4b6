//! The pyo3 layer: converts Python input, releases the GIL around the core, turns the
//! core's results into Python objects and its errors into Python exceptions. No rule
//! of the pipeline lives here.

mod article;
mod batch;
mod claims;
mod errors;

use pyo3::prelude::*;

/// The native module, re-exported by `python/newsclaims/__init__.py`.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<article::PyBlock>()?;
    m.add_class::<article::PyArticle>()?;
    m.add_function(wrap_pyfunction!(article::parse_article, m)?)?;
    m.add_class::<claims::PyClaim>()?;
    m.add_function(wrap_pyfunction!(claims::extract_claims, m)?)?;
    m.add_function(wrap_pyfunction!(batch::run_batch, m)?)?;
    m.add_function(wrap_pyfunction!(batch::run_batch_columns, m)?)?;
    Ok(())
}
