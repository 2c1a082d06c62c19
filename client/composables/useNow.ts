import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from "vue";

/**
 * The current time as a ref that moves on every `intervalMs`, so lists such as "expires within a
 * day" change while the page stays open. The timer stops with the component that asked for it.
 */
export function useNow(intervalMs = 60_000): Readonly<Ref<number>> {
  const now = ref(Date.now());
  const timer = setInterval(() => {
    now.value = Date.now();
  }, intervalMs);
  if (getCurrentScope()) onScopeDispose(() => clearInterval(timer));
  return readonly(now);
}
