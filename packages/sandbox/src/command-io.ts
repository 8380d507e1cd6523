// What a `plskit-sandbox` command reads and writes: the environment and two
// line streams (and, for tests, the time it runs at).
export interface CommandIo {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  now?: Date;
}
