import type { ModelInfo } from '../../shared/protocol';
import { loadSettings } from '../../shared/settings';
import { createModelClient, modelErrorToTabwright } from './client';
import { PRICES } from './prices';

/** The models the configured API offers, with Tabwright's price for each it knows. */
export async function listModels(): Promise<ModelInfo[]> {
  const client = createModelClient(await loadSettings());
  try {
    const page = await client.models.list({ limit: 100 });
    return page.data.map((model) => {
      const price = PRICES.models[model.id];
      // A gateway may list models by id alone: the id stands in for the name the page shows.
      return { id: model.id, display_name: model.display_name || model.id, ...(price ? { price } : {}) };
    });
  } catch (error) {
    throw modelErrorToTabwright(error);
  }
}
