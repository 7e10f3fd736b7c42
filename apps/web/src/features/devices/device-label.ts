/**
 * What a person recognises a device by in their list: the kind of device, then the browser,
 * "iPhone · Safari", "Android · Chrome", "Linux · Chromium". Made from the user agent, which is
 * enough to tell one's own phone from one's laptop; it is a label, never a decision.
 */
export function deviceLabel(userAgent: string): string {
  return `${system(userAgent)} · ${browser(userAgent)}`;
}

function system(ua: string): string {
  if (/iPhone|iPod/.test(ua)) return "iPhone";
  // iPadOS asks for desktop pages and says "Macintosh"; its touch screen is told by the page.
  if (/iPad/.test(ua)) return "iPad";
  if (/Android/.test(ua)) return "Android";
  if (/CrOS/.test(ua)) return "ChromeOS";
  if (/Windows/.test(ua)) return "Windows";
  if (/Macintosh|Mac OS X/.test(ua)) return "Mac";
  if (/Linux/.test(ua)) return "Linux";
  return "?";
}

function browser(ua: string): string {
  if (/EdgA?\//.test(ua)) return "Edge";
  if (/SamsungBrowser\//.test(ua)) return "Samsung Internet";
  if (/OPR\//.test(ua)) return "Opera";
  if (/Firefox\/|FxiOS\//.test(ua)) return "Firefox";
  if (/Chromium\//.test(ua)) return "Chromium";
  if (/Chrome\/|CriOS\//.test(ua)) return "Chrome";
  if (/Safari\//.test(ua)) return "Safari";
  return "?";
}
