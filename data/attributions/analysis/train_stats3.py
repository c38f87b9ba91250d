import json, re, collections, random
random.seed(2)
arts=[json.loads(l) for l in open('/work/shared/data/polnear/train.jsonl')]
C=collections.Counter(); S=collections.defaultdict(list)
def inside(a,b): return b['start']<=a['start'] and a['end']<=b['end']
for art in arts:
  t=art['text']; atts=art['attributions']
  for at in atts:
    for o in atts:
      if o is at: continue
      for role in ('source','cue','content'):
        for sp in o[role]:
          if any(inside(sp,x) for x in at['content']):
            C['inner_'+role+'_in_content']+=1
            if role=='cue': S['nest'].append(' / '.join(x['text'] for x in at['content'])[:200]+'  >> inner: '+' '.join(y['text'] for y in o['source'])+' | '+sp['text'])
    # nested attributions where whole attribution is inside content
    for sp in at['source']:
      if sp['text'].endswith(','): C['src_trailing_comma']+=1
      if ',' in sp['text'][:-1]: C['src_with_apposition']+=1
    for sp in at['cue']:
      tx=sp['text'].lower()
      pre=t[max(0,sp['start']-4):sp['start']].lower()
      post=t[sp['end']:sp['end']+15].lower()
      if tx=='said' and post.startswith(' in a statement'): C['said_cue_excl_statement']+=1
      if tx=='said in a statement': C['said_in_statement_cue']+=1
      if tx=='said' and pre.endswith('has '): C['said_excl_has']+=1
      if tx=='has said': C['has_said_cue']+=1
      if tx=='told': C['told_cue']+=1
      if tx.startswith('told '): C['told_mw']+=1; S['told'].append(tx)
      if tx=='said' and post.startswith(' on '): C['said_on']+=1
      if tx==':' : S['colon'].append(t[max(0,sp['start']-60):sp['end']+60].replace('\n',' '))
      if tx in ('in','for','of'): S['prep'].append(t[max(0,sp['start']-60):sp['end']+60].replace('\n',' '))
    # content ends: indirect end with punctuation?
    for sp in at['content']:
      if sp['text'] != sp['text'].strip(): C['content_ws_edge']+=1
print(C)
for k in ['nest','told','colon','prep']:
  print('=====',k,len(S[k]))
  for x in random.sample(S[k],min(10,len(S[k]))): print('  ',x)
# text-level: how often "said in a statement" occurs
tot=sum(a['text'].count('said in a statement') for a in arts); print('text said in a statement',tot)
tot=sum(len(re.findall(r'\btold reporters\b',a['text'])) for a in arts); print('text told reporters',tot)
