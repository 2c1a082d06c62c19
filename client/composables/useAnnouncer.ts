import { ref } from "vue";

/**
 * One polite live region for the whole app (App.vue renders it): pages announce changes that
 * happen without the reader doing anything, such as seats taken elsewhere.
 */
const message = ref("");
let clear: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string): void {
  // A region only speaks when its text changes: empty it first, so the same sentence twice is read twice.
  message.value = "";
  clearTimeout(clear);
  setTimeout(() => {
    message.value = text;
    clear = setTimeout(() => (message.value = ""), 10_000);
  }, 50);
}

export function useAnnouncer() {
  return { message, announce };
}
