import json, sys, random
random.seed(int(sys.argv[2]) if len(sys.argv)>2 else 0)
arts=[json.loads(l) for l in open('/work/shared/data/polnear/train.jsonl')]
want=set(sys.argv[1].split(','))
out={w:[] for w in want}
for art in arts:
  t=art['text']
  for at in art['attributions']:
    if at['cue'] and at['cue'][0]['text'].lower() in want:
      w=at['cue'][0]['text'].lower()
      out[w].append('S=%r C=%r T=%r'%(' | '.join(x['text'] for x in at['source']), ' | '.join(x['text'] for x in at['cue']), ' | '.join(x['text'][:110] for x in at['content'])))
for w,l in out.items():
  print('==',w,len(l))
  for x in random.sample(l,min(4,len(l))): print('  ',x)
