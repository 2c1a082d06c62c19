import { mount, type ComponentMountingOptions } from "@vue/test-utils";
import type { Component } from "vue";
import { createAppI18n } from "../../client/i18n";
import { svPages } from "../../client/i18n/sv-pages";

/** Mounts a component the way the app runs it: Swedish texts (every page's, as the router loads them), RouterLink stubbed. */
export function mountInSwedish<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {} as ComponentMountingOptions<C>,
) {
  const i18n = createAppI18n("sv", { svPages });
  return mount(component, {
    ...options,
    global: {
      ...options.global,
      plugins: [i18n, ...(options.global?.plugins ?? [])],
      stubs: { RouterLink: { props: ["to"], template: '<a :href="String(to)"><slot /></a>' }, ...options.global?.stubs },
    },
  } as ComponentMountingOptions<C>);
}
