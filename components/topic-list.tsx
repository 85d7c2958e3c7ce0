export interface TopicLink {
  readonly path: string;
  readonly title: string;
  readonly description: string;
}

/** Every article in reading order, each with the one-line summary from its front matter. */
export function TopicList({ topics }: { topics: readonly TopicLink[] }) {
  return (
    <ol className="mt-4 space-y-5">
      {topics.map((topic) => (
        <li key={topic.path}>
          <a href={topic.path} className="text-lg font-bold text-link">
            {topic.title}
          </a>
          <p className="mt-1">{topic.description}</p>
        </li>
      ))}
    </ol>
  );
}
