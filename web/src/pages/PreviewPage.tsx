import { useParams } from '@tanstack/react-router';
import { builtinWizard } from '../wizards/builtin';
import { LocalPreviewPage } from './LocalPreviewPage';
import { NotFoundPage } from './NotFoundPage';

/**
 * `/preview/:slug`: a built-in wizard run locally with `useLocalRun` and the embedded guide in the
 * browser (`useLocalGuide`), no server involved.
 */
export function PreviewPage({ slug }: { slug: string }) {
  const definition = builtinWizard(slug);
  if (!definition) return <NotFoundPage what="wizard" />;
  return <LocalPreviewPage definition={definition} previewId={slug} backTo="/" />;
}

/** The `/preview/$slug` route's page. */
export function PreviewRoutePage() {
  const { slug } = useParams({ from: '/preview/$slug' });
  return <PreviewPage slug={slug} />;
}
