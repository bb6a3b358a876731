"""Publishing a merge: results, log and reports written together. Used by the CLI and the
secretariat console alike, so there is one implementation of it."""
