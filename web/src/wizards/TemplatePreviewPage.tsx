import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { isApiProblem } from '../api/problem';
import { LocalPreviewPage } from '../pages/LocalPreviewPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { Card } from '../ui/Card';
import { fetchTemplate } from './wizard-api';

/**
 * `/templates/$templateId/preview`: a template that is not a built-in, loaded from
 * `GET /api/v1/templates/:id` and run in the browser (`useLocalRun` + the embedded guide); nothing is saved.
 */
export function TemplatePreviewPage() {
  const { templateId } = useParams({ from: '/templates/$templateId/preview' });
  const template = useQuery({
    queryKey: ['templates', 'one', templateId],
    queryFn: () => fetchTemplate(templateId),
  });
  if (template.isPending)
    return (
      <p role="status" className="text-fg-muted">
        Loading the template…
      </p>
    );
  if (template.isError) {
    if (isApiProblem(template.error) && template.error.status === 404)
      return <NotFoundPage what="template" />;
    return (
      <Card role="alert" className="text-center">
        <h1 className="font-semibold">The template could not be loaded</h1>
        <p className="mt-1 text-sm text-fg-muted">{template.error.message}</p>
      </Card>
    );
  }
  return (
    <LocalPreviewPage definition={template.data.definition} previewId={templateId} backTo="/templates" />
  );
}
