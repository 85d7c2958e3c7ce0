import { Breadcrumbs } from '@/components/breadcrumbs';
import { message } from '@/lib/i18n/messages';
import { PrivacyStatement } from '@/components/privacy-statement';
import type { TemplateProps } from '@/lib/site/route-table';

export function PrivacyPage({ language, title, trail }: TemplateProps['privacy']) {
  return (
    <>
      <Breadcrumbs trail={trail} label={message(language, 'breadcrumbs.label')} />
      <h1 className="text-3xl font-bold md:text-4xl">{title}</h1>
      <PrivacyStatement language={language} />
    </>
  );
}
