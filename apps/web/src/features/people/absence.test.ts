import { describe, expect, it } from "vitest";
import { absenceDay, absenceFromDate, isAbsent } from "./absence";

describe("absence", () => {
  it("is stored as the start of the day after the last day away, on this device's clock", () => {
    const until = absenceFromDate("2026-12-05");
    expect(until).toBe(new Date(2026, 11, 6).toISOString());
    expect(absenceDay(until, new Date(2026, 11, 5, 16).getTime())).toBe("2026-12-05");
  });

  it("ends when the day after has begun", () => {
    const until = absenceFromDate("2026-12-05");
    expect(isAbsent({ absentUntil: until }, new Date(2026, 11, 5, 23, 59).getTime())).toBe(true);
    expect(isAbsent({ absentUntil: until }, new Date(2026, 11, 6).getTime())).toBe(false);
    expect(absenceDay(until, new Date(2026, 11, 7).getTime())).toBe("");
  });

  it("is nothing for an empty or partial date", () => {
    expect(absenceFromDate("")).toBeNull();
    expect(absenceFromDate("2026-12")).toBeNull();
    expect(absenceDay(null)).toBe("");
  });
});
