//! Strings shown on a terminal come from files, archives and the network: a file or member
//! named `\e[31mred.env`, or one holding a newline, must not colour the terminal or forge a
//! report line. Every human-facing string goes through [`escape`].

use std::borrow::Cow;

/// `text` with its control characters (C0, DEL and C1) written as escapes: `\n`, `\r`, `\t`,
/// and `\x1b` / `\u{9b}` for the rest. Text without any is borrowed as it is.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() && (c as u32) < 0x80 => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(escape("config/app.env"), "config/app.env");
        assert_eq!(escape("\u{1b}[31mred.env"), "\\x1b[31mred.env");
        assert_eq!(escape("a\nb\tc\rd"), "a\\nb\\tc\\rd");
        assert_eq!(escape("\u{9b}31m \u{7f} é"), "\\u{9b}31m \\x7f é");
    }
}
