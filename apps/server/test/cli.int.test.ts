import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "beredd-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the real CLI as a person would, from source. */
function beredd(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ["--conditions=@beredd/source", "--import", "tsx", "apps/server/src/main.ts", ...args],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env },
      encoding: "utf8",
      timeout: 30_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the beredd command", () => {
  it("prints help", () => {
    const run = beredd(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("create-admin");
  });

  it("stops on bad configuration with one line and exit code 1, no stack trace", () => {
    const run = beredd(["migrate"], { DATABASE_URL: "mysql://nope" });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe("beredd: DATABASE_URL must be a postgres:// URL");
  });

  it("migrates, seeds the demo once, and keeps the generated secrets private", () => {
    expect(beredd(["migrate"]).stdout).toContain("up to date");
    expect(beredd(["seed-demo"]).stdout).toContain("anna.lindqvist@exempelkommun.se");
    expect(beredd(["seed-demo"]).stdout).toContain("nothing was seeded");
    expect(statSync(path.join(dataDir, "secrets.json")).mode & 0o777).toBe(0o600);
  });

  it("creates an administrator, and refuses a weak password or a taken address clearly", () => {
    const ok = beredd([
      "create-admin",
      "--email",
      "it@exempelkommun.se",
      "--name",
      "IT Admin",
      "--password",
      "correct-horse-battery",
    ]);
    expect(ok.stdout).toContain("it@exempelkommun.se");
    const weak = beredd([
      "create-admin",
      "--email",
      "x@exempelkommun.se",
      "--name",
      "X",
      "--password",
      "short",
    ]);
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^beredd: --password/);
    const taken = beredd([
      "create-admin",
      "--email",
      "it@exempelkommun.se",
      "--name",
      "Y",
      "--password",
      "correct-horse-battery",
    ]);
    expect(taken.code).toBe(1);
    expect(taken.stderr.trim()).toBe(
      "beredd: That e-mail address already has an account in the organisation",
    );
  });
});
