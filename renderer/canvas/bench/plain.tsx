/**
 * Benchmark page (b): what a naive implementation does. The same people and lines as
 * React Flow's default nodes and edges, in the state hooks of React Flow's own examples,
 * with the same furniture (background, minimap, controls) and the same fit on open; no
 * optimisation of any kind. It may zoom out as far as ours (10%), and opens as ours does,
 * fitted but no further out than 50%.
 */
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  type Edge,
  type Node,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';
import { syntheticMap } from '../../../build/bench/syntheticMap';
import { BenchViewControl } from './BenchViewControl';
import { installProbe } from './probe';

const people = Number(new URLSearchParams(location.search).get('people') ?? 1000);
const doc = syntheticMap(people);
const initialNodes: Node[] = doc.stakeholders.map((p) => ({ id: p.id, position: p.position, data: { label: p.name } }));
const initialEdges: Edge[] = doc.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to }));
installProbe({
  nodes: doc.stakeholders.map((p) => ({ id: p.id, x: p.position.x, y: p.position.y })),
  edges: doc.relationships.map((r) => ({ id: r.id, source: r.from, target: r.to })),
});

const FIT = { minZoom: 0.5 } as const;

function PlainBench() {
  const [nodes, , onNodesChange] = useNodesState(initialNodes);
  const [edges, , onEdgesChange] = useEdgesState(initialEdges);
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        fitView
        fitViewOptions={FIT}
        minZoom={0.1}
      >
        <Background />
        <MiniMap />
        <Controls />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <BenchViewControl />
    <PlainBench />
  </ReactFlowProvider>,
);
