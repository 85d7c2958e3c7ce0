import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { StateAvailabilityView } from '@/components/state-availability-view';
import type { TemplateProps } from '@/lib/site/route-table';

export function StatePage({ structuredData, trail, ...view }: TemplateProps['state']) {
  return (
    <>
      <JsonLd data={structuredData} />
      <Breadcrumbs trail={trail} label={view.language.words.breadcrumbs.label} />
      <StateAvailabilityView {...view} />
    </>
  );
}
