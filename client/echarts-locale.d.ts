// ECharts ships its locale objects without types; they have the shape of its built-in locales.
declare module "echarts/i18n/langSV-obj.js" {
  const locale: Parameters<typeof import("echarts/core").registerLocale>[1];
  export default locale;
}
