/** What a format needs besides the reports. */
export interface FormatContext {
  /** Paths are printed relative to it. */
  readonly cwd: string;
  /** Whether the stylish report may use ANSI colours. */
  readonly color: boolean;
}
