import { onBeforeUnmount, watch } from "vue";
import { useLiveStatus } from "./useLiveStatus";

/** How often a page refetches while live updates are paused. */
export const FALLBACK_INTERVAL_MS = 30_000;

/**
 * For a page's queries: while the socket cannot open, refetch every 30 seconds and whenever the
 * tab becomes visible again or the window regains focus, so the page is never older than that.
 */
export function useLiveFallback(refetch: () => unknown) {
  const { status } = useLiveStatus();
  let timer: ReturnType<typeof setInterval> | undefined;
  const refresh = () => {
    if (status.value !== "live" && document.visibilityState === "visible") void refetch();
  };
  watch(
    status,
    (value) => {
      clearInterval(timer);
      timer = value === "paused" ? setInterval(refresh, FALLBACK_INTERVAL_MS) : undefined;
    },
    { immediate: true },
  );
  window.addEventListener("focus", refresh);
  document.addEventListener("visibilitychange", refresh);
  onBeforeUnmount(() => {
    clearInterval(timer);
    window.removeEventListener("focus", refresh);
    document.removeEventListener("visibilitychange", refresh);
  });
}
