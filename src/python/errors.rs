//! Input checks shared by every entry point, raising the package's exceptions.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};

use crate::Lang;

/// Raises `newsclaims.<class_name>(message)` (classes live in `newsclaims/_errors.py`
/// so that they can extend both the package root and `ValueError`).
pub fn package_error(py: Python<'_>, class_name: &str, message: String) -> PyErr {
    match py
        .import("newsclaims._errors")
        .and_then(|m| m.getattr(class_name))
        .and_then(|cls| cls.call1((message,)))
    {
        Ok(exc) => PyErr::from_value(exc),
        Err(err) => err,
    }
}

/// The text of a `str` argument, or a `TypeError` naming the type that came instead,
/// or a `ParseError` when the string cannot be read as Unicode (lone surrogates).
pub fn text_arg<'a>(func: &str, obj: &'a Bound<'_, PyAny>) -> PyResult<&'a str> {
    let Ok(s) = obj.cast::<PyString>() else {
        let type_name = obj
            .get_type()
            .name()
            .map_or_else(|_| "?".to_owned(), |n| n.to_string());
        // Bytes are refused rather than decoded: offsets index the str, and a user
        // holding bytes could not slice them with the offsets returned.
        let hint = match type_name.as_str() {
            "bytes" | "bytearray" | "memoryview" => " (decode it first, e.g. data.decode('utf-8'))",
            _ if is_missing(obj) => " (a missing value, such as None or NaN, has no text to read)",
            _ => "",
        };
        return Err(PyTypeError::new_err(format!(
            "{func}() expects text as str, got {type_name}{hint}"
        )));
    };
    s.to_str().map_err(|err| {
        package_error(
            obj.py(),
            "ParseError",
            format!("{func}(): the text is not valid Unicode and cannot be read ({err})"),
        )
    })
}

/// Whether `obj` stands for a missing value: `None`, a NaN (Python's or numpy's
/// float), pandas' `NA` or `NaT`.
pub fn is_missing(obj: &Bound<'_, PyAny>) -> bool {
    if obj.is_none() {
        return true;
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    let Ok(type_name) = obj.get_type().name().map(|n| n.to_string()) else {
        return false;
    };
    if type_name == "NAType" || type_name == "NaTType" {
        return true;
    }
    // numpy scalars that are not Python floats (float32, float16): NaN is the one
    // value not equal to itself.
    type_name.starts_with("float") && obj.ne(obj).unwrap_or(false)
}

/// The `lang=` option: `None` detects the language.
pub fn lang_arg(py: Python<'_>, lang: Option<&str>) -> PyResult<Option<Lang>> {
    lang.map(|code| {
        code.parse::<Lang>()
            .map_err(|e| package_error(py, "LanguageError", e.to_string()))
    })
    .transpose()
}
