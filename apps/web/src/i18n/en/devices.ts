import type { myReadiness as sv } from "../sv/devices";

export const myReadiness: typeof sv = {
  nav: "My readiness",
  title: "My readiness",
  intro:
    "Check that an alarm reaches you on this device, even when Beredd is closed. Go through the steps from the top.",
  accountLink: "Check that alarms reach you on this device",
  ready: "This device is ready to receive alarms.",
  notReady_one: "This device is not ready yet: one step is left.",
  notReady_other: "This device is not ready yet: {{count}} steps are left.",
  step: "Step {{number}}:",
  status: {
    ok: "Done",
    todo: "To do",
    blocked: "Turned off in the settings",
    waiting: "Waiting for the step above",
    optional: "Recommended",
    unsupported: "Not possible in this browser",
  },
  install: {
    title: "Beredd on the home screen",
    ok: "Beredd was opened from the home screen.",
    appleWhy: "On iPhone and iPad, alarms only arrive if Beredd is on the home screen. In Safari:",
    appleShare: "Tap Share (the square with an arrow pointing up).",
    appleAdd: "Choose Add to Home Screen and tap Add.",
    appleOpen: "Open Beredd from the home screen and come back here.",
    why: "Installed, Beredd gets notifications of its own, and the phone does not turn them off when the app is seldom used.",
    button: "Install Beredd",
    howto: "Choose Install app or Add to Home screen in the browser's menu.",
  },
  permission: {
    title: "Notifications allowed",
    ok: "Beredd may show notifications on this device.",
    why: "Beredd needs your permission to show alarms when the app is closed. The phone asks you when you tap the button.",
    allow: "Allow notifications",
    asking: "Waiting for your answer …",
    notAnswered: "You did not answer the question. Tap again and choose Allow.",
    blocked:
      "Notifications are turned off for Beredd, and only the device's settings can turn them on again:",
    blockedApple: "Open Settings → Notifications → Beredd and turn on Allow Notifications.",
    blockedAndroid:
      "Touch and hold the Beredd icon → App info → Notifications → Allow. In the browser: tap the symbol by the address → Permissions → Notifications.",
    blockedDesktop:
      "Click the symbol to the left of the address → Notifications → Allow, then reload the page.",
    waiting:
      "First put Beredd on the home screen (the step above). Only then can an iPhone allow notifications.",
    unsupported:
      "This browser cannot show alarms as notifications. Use Safari on iPhone and iPad, Chrome on Android or a current browser on a computer.",
  },
  subscription: {
    title: "The device receives alarms",
    ok: "The server sends your alarms to this device ({{label}}).",
    todo: "This device is not signed up for alarms yet.",
    enable: "Sign up this device",
    enabling: "Signing up …",
    failed: "The device could not be signed up. {{reason}}",
    waiting: "Allow notifications first (the step above).",
    unsupported: "Without notifications the device cannot be signed up for alarms.",
  },
  devices: {
    title: "My devices",
    empty: "No device receives your alarms.",
    thisDevice: "This device",
    installed: "Home screen",
    lastSeen: "Last used {{time}}",
    remove: "Remove",
    removeLabel: "Remove {{label}}",
    removed: "{{label}} no longer receives your alarms.",
  },
  delivery: {
    queued: "waiting to be sent",
    sent: "sent {{time}}",
    delivered: "received {{time}}",
    failed: "did not arrive ({{time}})",
    cancelled: "stopped",
  },
  test: {
    title: "A test alarm to me",
    intro: "The test alarm goes to your own devices only. Nobody else is alerted.",
    due: "Run a test now, and then at least every three months.",
    ok: "The last test alarm reached this device at {{time}}.",
    send: "Send a test alarm to me",
    sending: "Sending …",
    requested: "Requested {{time}}",
    queued: "Requested {{time}}, waiting to be sent …",
    sent: "Sent {{time}}",
    waitingReceipt: "Waiting for a receipt from this device …",
    received: "Received on this device {{time}}",
    failed: "The test alarm did not arrive: the push service answered “{{error}}”. Check:",
    notArrived: "The test alarm did not reach this device within {{seconds}} seconds. Check:",
    checkOnline: "that the device has a network and is not in aeroplane mode,",
    checkFocus: "that Focus or Do Not Disturb does not silence Beredd,",
    checkBattery: "that battery saving does not stop Beredd,",
    checkAgain: "and try again. If nothing helps, remove the device above and sign it up again.",
    notThisDevice:
      "The test alarm went to your devices, but not to this one. Sign up this device (the step above).",
    otherDevices: "Your other devices",
    waiting: "Sign up this device first (the step above).",
    unsupported: "This browser cannot receive test alarms.",
  },
  limits: {
    title: "What a phone cannot promise",
    apple:
      "iPhone and iPad: an alarm cannot ring through silent mode or Focus, and the notification has no buttons. Tap the notification to open the alarm and answer.",
    android:
      "Android: the phone's notification settings decide the sound. To hear alarms in Do Not Disturb too, let Beredd override Do Not Disturb under Settings → Apps → Beredd → Notifications.",
    desktop:
      "A computer: alarms only arrive while the browser is running. Do not rely on a computer as your only device.",
    silent:
      "Silent alarms are silent in Beredd, but no phone can guarantee it: an iPhone cannot be silenced by the app, and an Android phone follows its own settings.",
  },
};
