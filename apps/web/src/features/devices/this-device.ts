import { createStore, del, get, set } from "idb-keyval";

/**
 * What this browser registered itself as, kept in IndexedDB so the service worker can read it
 * too: the server's id for it (to find this device's answer in a test alarm), and the label and
 * home-screen state it registered with (to register again when the push service renews the
 * subscription while no window is open).
 */
export interface ThisDevice {
  id: string;
  label: string;
  installed: boolean;
}

const store = createStore("beredd-device", "device");
const KEY = "this";

export const readThisDevice = (): Promise<ThisDevice | undefined> => get<ThisDevice>(KEY, store);
export const rememberThisDevice = (device: ThisDevice): Promise<void> => set(KEY, device, store);
export const forgetThisDevice = (): Promise<void> => del(KEY, store);
