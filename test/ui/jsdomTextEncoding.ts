/**
 * jest's jsdom environment leaves out TextEncoder/TextDecoder, which every browser and Outlook
 * webview has and the core's email parser needs when it loads. Import this first.
 */
import { TextDecoder, TextEncoder } from "util";

Object.assign(globalThis, { TextEncoder, TextDecoder });
