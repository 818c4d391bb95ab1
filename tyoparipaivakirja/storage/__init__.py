"""SQLCipher storage: the encrypted journal folder, its databases and migrations. No Qt."""
