import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { TopicList } from '@/components/topic-list';

describe('site header, footer and skip link', () => {
  it('offers a skip link to the main content', () => {
    render(<SkipLink targetId="main-content" />);
    expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveAttribute('href', '#main-content');
  });

  it('names the site and lists the main navigation as plain links', () => {
    render(
      <SiteHeader
        siteName="Dry needling in physical therapy"
        links={[
          { href: '/', label: 'Home' },
          { href: '/availability/', label: 'Where dry needling is offered' },
        ]}
      />,
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Dry needling in physical therapy');
    const nav = screen.getByRole('navigation', { name: 'Primary' });
    expect(nav.querySelectorAll('a')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Where dry needling is offered' })).toHaveAttribute('href', '/availability/');
  });

  it('carries the medical disclaimer in the footer', () => {
    render(<SiteFooter siteName="Dry needling in physical therapy" />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent('It is not medical advice');
  });

  it('says in the footer how the pages are written and reviewed, with the reading-level rule the content check enforces', () => {
    render(<SiteFooter siteName="Dry needling in physical therapy" />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      "The topic pages are written in plain language from the clinic's own article about dry needling in physical therapy. They aim for a US school reading level of grade 6 or lower, and are never above grade 8. Each topic page is checked against that article again within one year of its last review, and shows when it was last reviewed and when its next review is due.",
    );
  });

  it('lists topics in the order given, each with its summary', () => {
    render(
      <TopicList
        topics={[
          { path: '/what-is-dry-needling/', title: 'What is dry needling?', description: 'A thin needle with no medicine in it.' },
          { path: '/benefits/', title: 'Possible benefits of dry needling', description: 'Less pain and better movement.' },
        ]}
      />,
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/what-is-dry-needling/', '/benefits/']);
    expect(screen.getByText('A thin needle with no medicine in it.')).toBeInTheDocument();
  });
});
