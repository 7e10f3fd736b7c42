/**
 * Named places where a crash can be injected, for the tests that prove nothing is lost
 * (BEREDD_FAILPOINTS=after-commit kills the process right after a command commits, before its
 * events are published). Off unless the variable is set; never set it in production.
 */
export function failpoints(spec: string | undefined): (name: string) => void {
  const armed = new Set(
    (spec ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  );
  if (armed.size === 0) return () => undefined;
  return (name) => {
    if (armed.has(name)) process.kill(process.pid, "SIGKILL");
  };
}
