import { useEffect } from "react";

/**
 * A generated two-tone alarm (no sound file) that loops until stopped: a square-wave tone whose
 * pitch a slow oscillator swings between two notes. It only changes pitch, so nothing on screen
 * flashes with it.
 */
function startTone(): () => void {
  if (typeof AudioContext === "undefined") return () => undefined;
  const context = new AudioContext();
  const tone = context.createOscillator();
  tone.type = "square";
  tone.frequency.value = 880;
  const swing = context.createOscillator();
  swing.type = "square";
  swing.frequency.value = 1.25;
  const depth = context.createGain();
  depth.gain.value = 220;
  swing.connect(depth).connect(tone.frequency);
  const volume = context.createGain();
  volume.gain.value = 0.3;
  tone.connect(volume).connect(context.destination);
  tone.start();
  swing.start();
  // Blocked until the person has touched the page once; the first tap anywhere lets it sound.
  const resume = () => void context.resume().catch(() => undefined);
  resume();
  document.addEventListener("pointerdown", resume, { once: true });
  return () => {
    document.removeEventListener("pointerdown", resume);
    void context.close();
  };
}

/** Keeps the screen on while the alarm is shown (Wake Lock API, where the browser has it). */
function keepAwake(): () => void {
  let lock: WakeLockSentinel | null = null;
  let stopped = false;
  const request = () => {
    if (stopped || document.visibilityState !== "visible" || !("wakeLock" in navigator)) return;
    navigator.wakeLock.request("screen").then(
      (sentinel) => {
        if (stopped) void sentinel.release();
        else lock = sentinel;
      },
      () => undefined,
    );
  };
  request();
  // The browser drops the lock when the page is hidden; take it again when it is shown.
  document.addEventListener("visibilitychange", request);
  return () => {
    stopped = true;
    document.removeEventListener("visibilitychange", request);
    void lock?.release();
  };
}

/**
 * Sound, vibration and a screen kept on while a loud alarm waits for an answer. A silent
 * scenario gets none of them: a ringing or lit phone can give a hiding place away.
 */
export function useAlarmFeedback(loud: boolean): void {
  useEffect(() => {
    if (!loud) return;
    let stop: (() => void) | null = null;
    // After the alarm's first frame: opening an AudioContext takes a while, and the words on
    // screen come first.
    const frame = requestAnimationFrame(() => {
      const stopTone = startTone();
      const release = keepAwake();
      navigator.vibrate?.([600, 300, 600, 300, 600]);
      stop = () => {
        stopTone();
        release();
        navigator.vibrate?.(0);
      };
    });
    return () => {
      cancelAnimationFrame(frame);
      stop?.();
    };
  }, [loud]);
}
