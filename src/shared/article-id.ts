// What a library id looks like: crypto.randomUUID's, or a library file's own (letters, digits, - and _).
// Checked wherever an id arrives from outside: a message, a library file.
export const ARTICLE_ID = /^[A-Za-z0-9_-]{1,100}$/;

export const isArticleId = (value: unknown): value is string => typeof value === 'string' && ARTICLE_ID.test(value);
