//! The parameters of a validator family as an identifier writes them (`{ name = "crc32",
//! encoding = "hex", digits = 8 }`): the keys a family takes, checked once, and typed readers
//! whose errors name the family, the key and what it must be.

use toml::{Table, Value};

/// A family's parameter table, its keys already checked against what the family takes.
pub(super) struct Params<'t> {
    pub(super) name: &'t str,
    pub(super) table: &'t Table,
}

impl<'t> Params<'t> {
    /// `table` for family `name`, which takes `known` parameters (name, required): an unknown
    /// key or a missing required one is an error.
    pub(super) fn new(
        name: &'t str,
        table: &'t Table,
        known: &[(&str, bool)],
    ) -> Result<Params<'t>, String> {
        for key in table.keys() {
            if !known.iter().any(|(k, _)| k == key) {
                let takes: Vec<&str> = known.iter().map(|(k, _)| *k).collect();
                return Err(if takes.is_empty() {
                    format!("{name} takes no parameters, not `{key}`")
                } else {
                    format!(
                        "{name} takes no parameter `{key}`; it takes {}",
                        takes.join(", ")
                    )
                });
            }
        }
        for (key, required) in known {
            if *required && !table.contains_key(*key) {
                return Err(format!("{name} needs `{key}`"));
            }
        }
        Ok(Params { name, table })
    }

    pub(super) fn wrong(&self, key: &str, wanted: &str) -> String {
        format!("{}: `{key}` must be {wanted}", self.name)
    }

    pub(super) fn string(&self, key: &str) -> Result<Option<String>, String> {
        match self.table.get(key) {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(_) => Err(self.wrong(key, "a string")),
        }
    }

    /// A string of exactly one ASCII character (a separator).
    pub(super) fn byte(&self, key: &str) -> Result<Option<u8>, String> {
        match self.string(key)? {
            None => Ok(None),
            Some(s) if s.len() == 1 && s.is_ascii() => Ok(Some(s.as_bytes()[0])),
            Some(_) => Err(self.wrong(key, "one ASCII character")),
        }
    }

    pub(super) fn integer(&self, key: &str, min: i64, max: i64) -> Result<Option<i64>, String> {
        match self.table.get(key) {
            None => Ok(None),
            Some(Value::Integer(n)) if (min..=max).contains(n) => Ok(Some(*n)),
            Some(_) => Err(self.wrong(key, &format!("an integer from {min} to {max}"))),
        }
    }

    pub(super) fn integers(
        &self,
        key: &str,
        min: i64,
        max: i64,
    ) -> Result<Option<Vec<i64>>, String> {
        let Some(value) = self.table.get(key) else {
            return Ok(None);
        };
        let wanted = || self.wrong(key, &format!("a list of integers from {min} to {max}"));
        let Value::Array(items) = value else {
            return Err(wanted());
        };
        items
            .iter()
            .map(|item| match item {
                Value::Integer(n) if (min..=max).contains(n) => Ok(*n),
                _ => Err(wanted()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    pub(super) fn strings(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.table.get(key) else {
            return Ok(None);
        };
        let Value::Array(items) = value else {
            return Err(self.wrong(key, "a list of strings"));
        };
        items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                _ => Err(self.wrong(key, "a list of strings")),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}
