import { ref } from "vue";

/**
 * Whether live updates flow: `live` while the socket is open, `connecting` while it (re)opens,
 * `paused` once opening failed — then pages fall back to refetching on an interval and on focus.
 * One state per tab, set by the WebSocket link in apollo.ts.
 */
export type LiveStatus = "connecting" | "live" | "paused";

const status = ref<LiveStatus>("connecting");

export function setLiveStatus(next: LiveStatus): void {
  status.value = next;
}

export function useLiveStatus() {
  return { status };
}
