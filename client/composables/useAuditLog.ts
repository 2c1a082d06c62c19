import { useApolloClient, useQuery } from "@vue/apollo-composable";
import { computed, reactive, ref, shallowRef } from "vue";
import type { AuditLogFilter, AuditLogQuery } from "../graphql/generated/graphql";
import { AuditFilterChoicesDocument, AuditLogDocument } from "../graphql/audit";
import { auditExportUrl, emptyAuditFilter, toAuditLogFilter, type AuditFilterForm } from "../utils/audit-filter";
import { currentToken } from "./useSession";

export const AUDIT_PAGE_SIZE = 50;

type Entry = AuditLogQuery["auditLog"][number];

/**
 * The audit log page: the filter being edited, the filter applied, the entries loaded so far
 * (newest first) and the export of the same entries. One entry more than a page is asked for, so
 * "show more" appears only when more exist.
 */
export function useAuditLog() {
  const { client } = useApolloClient();
  const choices = useQuery(AuditFilterChoicesDocument, null, { fetchPolicy: "cache-and-network" });
  const form = reactive<AuditFilterForm>(emptyAuditFilter());
  const applied = shallowRef<AuditLogFilter>({});
  const entries = shallowRef<Entry[]>([]);
  const hasMore = ref(false);
  const loading = ref(false);
  const error = shallowRef<unknown>(null);
  const exporting = ref(false);
  const exportFailed = ref(false);

  async function page(after: string | null): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const { data } = await client.query({
        query: AuditLogDocument,
        variables: { first: AUDIT_PAGE_SIZE + 1, after, filter: applied.value },
        fetchPolicy: "network-only",
      });
      const list = data.auditLog;
      hasMore.value = list.length > AUDIT_PAGE_SIZE;
      const shown = list.slice(0, AUDIT_PAGE_SIZE);
      entries.value = after ? [...entries.value, ...shown] : shown;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  return {
    form,
    users: computed(() => choices.result.value?.users ?? []),
    actions: computed(() => choices.result.value?.auditActions ?? []),
    entries,
    hasMore,
    loading,
    error,
    exporting,
    exportFailed,
    apply() {
      applied.value = toAuditLogFilter(form);
      return page(null);
    },
    clear() {
      Object.assign(form, emptyAuditFilter());
      applied.value = {};
      return page(null);
    },
    more() {
      const last = entries.value[entries.value.length - 1];
      return last ? page(last.cursor) : Promise.resolve();
    },
    /** Downloads the applied filter's entries as Excel: fetched with the bearer token, which a plain link could not send. */
    async download() {
      exporting.value = true;
      exportFailed.value = false;
      try {
        const response = await fetch(auditExportUrl(applied.value), { headers: { authorization: `Bearer ${currentToken() ?? ""}` } });
        if (!response.ok) throw new Error(`export answered ${response.status}`);
        const url = URL.createObjectURL(await response.blob());
        const link = document.createElement("a");
        link.href = url;
        link.download = "granskningslogg.xlsx";
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } catch {
        exportFailed.value = true;
      } finally {
        exporting.value = false;
      }
    },
  };
}
