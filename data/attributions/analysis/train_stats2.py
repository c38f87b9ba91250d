import json, re, collections, random
random.seed(1)
arts=[json.loads(l) for l in open('/work/shared/data/polnear/train.jsonl')]
C=collections.Counter(); S=collections.defaultdict(list)
QO=('"','“',"''","``"); QC=('"','”',"''")
def ctx(t,a,b,w=60): return t[max(0,a-w):a]+'['+t[a:b]+']'+t[b:b+w]
for a in arts:
  t=a['text']
  atts=a['attributions']
  for at in atts:
    s,c,ct=at['source'],at['cue'],at['content']
    if not ct: continue
    # quotes: a content fragment whose neighbours are quote chars
    for sp in ct:
      before=t[sp['start']-1:sp['start']]; after=t[sp['end']:sp['end']+1]
      if before in '"“': C['q_marks_excluded_open']+=1; S['q_excl'].append(ctx(t,sp['start'],sp['end']))
      if sp['text'][:1] in '"“': C['q_marks_included_open']+=1
      # trailing comma
      if sp['text'].endswith((',”',',"')): C['q_comma_in']+=1
      if sp['text'].endswith(('”','"')) and not sp['text'].endswith((',”',',"','.”','."','?”','!”','?"','!"')): C['q_end_other']+=1; S['q_end_other'].append(sp['text'][-15:]+' || '+t[sp['end']:sp['end']+15])
      if t[sp['end']:sp['end']+2] in (',”',',"'): C['q_comma_excluded']+=1; S['q_cexcl'].append(ctx(t,sp['start'],sp['end']))
      if sp['text'][:1] in '"“' and t[sp['end']-1] not in '"”': C['open_without_close']+=1; S['openwc'].append(ctx(t,sp['start'],sp['end']))
    # multi fragment shapes
    if len(ct)>1:
      gap=t[ct[0]['end']:ct[1]['start']]
      C['multi_gap_has_cue']+= any(ct[0]['end']<=x['start']<ct[1]['start'] for x in c)
      S['multi'].append(' || '.join(x['text'] for x in ct)[:200]+'   GAP:'+gap[:60])
    # no source
    if not s: S['nosrc'].append((c[0]['text'] if c else '', ctx(t,c[0]['start'],c[0]['end'],80) if c else ''))
    # according to
    if c and c[0]['text'].lower()=='according to':
      S['acc'].append('SRC='+(s[0]['text'] if s else '-')+' | CONTENT='+ct[0]['text'][:120])
    if s:
      st=s[0]['text']; C['srclen_%d'%min(len(st.split()),6)]+=1
      if st.lower() in ('he','she','they','i','we','it','you'): C['src_pronoun']+=1
      if st.lower().startswith(('the ','a ','an ')): C['src_det']+=1
      S['src'].append(st)
      # source inside another content?
    if c:
      cw=c[0]['text']; 
      if len(cw.split())>1: S['mwcue'].append(cw)
  # nesting
  for at in atts:
    for o in atts:
      if o is at or not o['cue'] or not at['content']: continue
      if any(x['start']<=o['cue'][0]['start'] and o['cue'][0]['end']<=x['end'] for x in at['content']):
        C['nested_pairs']+=1; S['nest'].append(' / '.join(x['text'] for x in at['content'])[:160]+'  >> inner cue: '+o['cue'][0]['text']); break
for k,v in sorted(C.items()): print(k,v)
for k in ['q_excl','q_cexcl','q_end_other','openwc','multi','nosrc','acc','mwcue','nest']:
  print('=====',k,len(S[k]))
  for x in random.sample(S[k],min(12,len(S[k]))): print('  ',x)
print('TOP MW CUES',collections.Counter(x.lower() for x in S['mwcue']).most_common(60))
print('NOSRC CUES',collections.Counter(x[0].lower() for x in S['nosrc']).most_common(40))
print('SRC samples long',[x for x in random.sample(S['src'],300) if len(x.split())>=3][:40])
