// The names build_openai_app gives a model's deployment and its ingress, either side of each Ray release where they
// changed (read from the released wheels; src/ray/llm-names.ts cites where).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { llmDeploymentName, llmIngressName, parseRayVersion, serveDeployments } from '../../src/ray/index.ts';

const v = (text: string) => parseRayVersion(text)!;
const ID = 'Qwen/Qwen2.5-7B-Instruct';

test('the model deployment: "LLMDeployment:", then "LLMDeployment" without a colon from 2.47, "LLMServer:" from 2.49', () => {
  const at = (version: string, name?: string) => llmDeploymentName(ID, name, v(version));
  assert.equal(at('2.46.0'), 'LLMDeployment:Qwen--Qwen2_5-7B-Instruct');
  assert.equal(at('2.47.0'), 'LLMDeploymentQwen--Qwen2_5-7B-Instruct');
  assert.equal(at('2.48.0'), 'LLMDeploymentQwen--Qwen2_5-7B-Instruct');
  assert.equal(at('2.49.0'), 'LLMServer:Qwen--Qwen2_5-7B-Instruct');
  assert.equal(at('2.60.0'), 'LLMServer:Qwen--Qwen2_5-7B-Instruct');
  // deployment_config.name replaces the model's part from 2.47 on; before, it was overwritten. The prefix stays.
  assert.equal(at('2.46.0', 'qwen'), 'LLMDeployment:Qwen--Qwen2_5-7B-Instruct');
  assert.equal(at('2.47.0', 'qwen'), 'LLMDeploymentqwen');
  assert.equal(at('2.50.0', 'qwen'), 'LLMServer:qwen');
  // Unknown: the oldest band, as the LLM defaults.
  assert.equal(llmDeploymentName(ID, undefined, undefined), 'LLMDeployment:Qwen--Qwen2_5-7B-Instruct');
});

test('the ingress: LLMRouter, OpenAiIngress from 2.50; from 2.51 args.ingress_deployment_config.name replaces it', () => {
  const args = { ingress_deployment_config: { name: 'Front' } };
  assert.equal(llmIngressName({}, v('2.49.2')), 'LLMRouter');
  assert.equal(llmIngressName({}, v('2.50.0')), 'OpenAiIngress');
  assert.equal(llmIngressName(args, v('2.50.1')), 'OpenAiIngress');
  assert.equal(llmIngressName(args, v('2.51.0')), 'Front');
  assert.equal(llmIngressName({}, v('2.60.0')), 'OpenAiIngress');
});

test("a Serve config's deployments carry their Ray release's names", () => {
  const config = {
    applications: [
      {
        name: 'llm',
        import_path: 'ray.serve.llm:build_openai_app',
        args: { llm_configs: [{ model_loading_config: { model_id: 'Llama-3.2-3B-Instruct' } }] },
      },
    ],
  };
  assert.deepEqual(
    ['2.46.0', '2.47.1', '2.50.0'].map((version) => serveDeployments(config, v(version))[0]!.name),
    ['LLMDeployment:Llama-3_2-3B-Instruct', 'LLMDeploymentLlama-3_2-3B-Instruct', 'LLMServer:Llama-3_2-3B-Instruct'],
  );
});
