//! `--keep GLOB`: a file the user keeps in the new zip although the check would leave it out.
//! `*` matches within one folder, `**` across folders, `?` one character.

/// Whether `path` (relative, with `/`) matches `glob`.
pub fn matches(glob: &str, path: &str) -> bool {
    let glob: Vec<char> = glob.trim_start_matches("./").chars().collect();
    let path: Vec<char> = path.chars().collect();
    matches_at(&glob, &path)
}

fn matches_at(glob: &[char], path: &[char]) -> bool {
    match glob {
        [] => path.is_empty(),
        ['*', '*'] => true,
        ['*', '*', rest @ ..] => {
            let rest = rest.strip_prefix(&['/']).unwrap_or(rest);
            (0..=path.len()).any(|i| (i == 0 || path[i - 1] == '/') && matches_at(rest, &path[i..]))
                || matches_at(rest, path)
        }
        ['*', rest @ ..] => {
            (0..=path.len()).take_while(|&i| i == 0 || path[i - 1] != '/').any(|i| matches_at(rest, &path[i..]))
        }
        ['?', rest @ ..] => path.first().is_some_and(|c| *c != '/') && matches_at(rest, &path[1..]),
        [c, rest @ ..] => path.first() == Some(c) && matches_at(rest, &path[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::matches;

    #[test]
    fn globs() {
        assert!(matches("script.js.map", "script.js.map"));
        assert!(matches("*.map", "script.js.map"));
        assert!(!matches("*.map", "js/script.js.map"));
        assert!(matches("**/*.map", "js/script.js.map"));
        assert!(matches("**/*.map", "script.js.map"));
        assert!(matches("tests/**", "tests/a/b.json"));
        assert!(matches("images/logo_?.png", "images/logo_1.png"));
        assert!(!matches("images/logo_?.png", "images/logo_12.png"));
        assert!(matches("./debug.log", "debug.log"));
    }
}
