import json, re, collections, random
random.seed(3)
arts=[json.loads(l) for l in open('/work/shared/data/polnear/train.jsonl')]
C=collections.Counter(); S=[]
def ov(a,b): return a['start']<b['end'] and b['start']<a['end']
for art in arts:
  t=art['text']; atts=art['attributions']
  spans=[(r,sp,at['id']) for at in atts for r in ('source','cue','content') for sp in at[r]]
  for at in atts:
    for sp in at['content']:
      m=re.search(r'\b(said|says|told|believes?|thinks?|according to)\b',sp['text'])
      if m:
        C['content_with_cueword']+=1
        a0=sp['start']+m.start(); a1=sp['start']+m.end()
        hit=[x for x in spans if x[2]!=at['id'] and x[1]['start']<=a0<x[1]['end']]
        if hit: C['cueword_annotated_other']+=1; C['as_'+hit[0][0]]+=1
        else: C['cueword_unannotated']+=1
        if len(S)<400: S.append((bool(hit), t[max(0,sp['start']-40):sp['start']]+'[['+sp['text'][:300]+']]'))
  # overlapping spans between different attributions
  for i,(r1,s1,i1) in enumerate(spans):
    for (r2,s2,i2) in spans[i+1:]:
      if i1!=i2 and ov(s1,s2): C['ov_%s_%s'%tuple(sorted((r1,r2)))]+=1
print(C)
for h,x in random.sample(S,16): print(h,'::',x.replace('\n',' '))
