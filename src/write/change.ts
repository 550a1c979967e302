// A write as data: the text one record file will hold. Commands compute it, check it, then write it.

export interface Change {
  /** Path relative to the record folder, `/` separators. */
  path: string;
  /** The whole new text of the file. */
  text: string;
  /** The file does not exist yet. */
  created: boolean;
}
