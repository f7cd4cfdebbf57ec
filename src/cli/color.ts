/** Colour on stdout: NO_COLOR and --no-color turn it off, FORCE_COLOR on, else only on a TTY. */
export function useColor(opts: { color?: boolean }, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (opts.color === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}
