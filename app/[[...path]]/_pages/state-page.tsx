import { Breadcrumbs } from '@/components/breadcrumbs';
import { message } from '@/lib/i18n/messages';
import { JsonLd } from '@/components/json-ld';
import { StateAvailabilityView } from '@/components/state-availability-view';
import type { TemplateProps } from '@/lib/site/route-table';

export function StatePage({ structuredData, trail, ...view }: TemplateProps['state']) {
  return (
    <>
      <JsonLd data={structuredData} />
      <Breadcrumbs trail={trail} label={message(view.language, 'breadcrumbs.label')} />
      <StateAvailabilityView {...view} />
    </>
  );
}
