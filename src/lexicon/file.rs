//! The line format shared by every lexicon file.

/// Entries of a file: trimmed lines, without blank lines and `#` comments.
pub fn entries(src: &str) -> impl Iterator<Item = &str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Entries paired with the `[section]` header they fall under (entries before any
/// header are dropped: every sectioned file starts with one).
pub fn sections(src: &str) -> impl Iterator<Item = (&str, &str)> {
    let mut current: Option<&str> = None;
    entries(src).filter_map(move |line| {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.trim());
            None
        } else {
            current.map(|s| (s, line))
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_and_tracks_sections() {
        let src = "# c\n\n[a]\nx\n  y  \n[b]\n# d\nz\n";
        assert_eq!(
            entries(src).collect::<Vec<_>>(),
            ["[a]", "x", "y", "[b]", "z"]
        );
        assert_eq!(
            sections(src).collect::<Vec<_>>(),
            [("a", "x"), ("a", "y"), ("b", "z")]
        );
    }
}
