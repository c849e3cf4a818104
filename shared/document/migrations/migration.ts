/**
 * A numbered, named step that turns a document of format version `from` into version
 * `from + 1`. Migrations work on plain JSON, before validation, and must keep every
 * field they do not understand.
 */
export type JsonObject = { [key: string]: unknown };

export interface Migration {
  readonly from: number;
  readonly name: string;
  readonly up: (document: JsonObject) => JsonObject;
}
