/**
 * Key-task area "Cultural industry": film and television (with the Changchun
 * Film Studio tradition, digitalization and 4K post-production), animation,
 * games and new media, cultural shows and creative products.
 */
import type { ChainGroup } from '../model-types.js';

export const culture: ChainGroup = {
  id: 'culture',
  name: { en: 'Cultural industry', zh: '文化产业', ko: '문화산업' },
  chains: [
    {
      id: 'film-tv',
      name: { en: 'Film and television', zh: '影视', ko: '영화·방송' },
      stages: [
        {
          id: 'film-tv.production',
          name: { en: 'Production', zh: '制作', ko: '제작' },
          segments: [
            {
              id: 'film-tv.film-production',
              name: { en: 'Film and television production', zh: '影视制作', ko: '영화·드라마 제작' },
              keywords: {
                en: ['film and television', 'film', 'movie', 'TV drama', 'film production', 'television production', 'K-drama'],
                zh: ['影视', '电影', '电视剧', '影视制作', '影视拍摄', '韩剧'],
                ko: ['영화', '드라마', '영상 제작', '영화 제작', '방송 제작', 'K-드라마'],
              },
              isic: ['5911'],
            },
          ],
        },
        {
          id: 'film-tv.post',
          name: { en: 'Post-production', zh: '后期制作', ko: '후반 작업' },
          segments: [
            {
              id: 'film-tv.post-production',
              name: { en: 'Post-production and visual effects', zh: '后期制作与特效', ko: '후반 작업·VFX' },
              keywords: {
                en: ['post-production', 'visual effects', 'VFX', '4K production', 'color grading', 'dubbing', 'film digitalization'],
                zh: ['后期制作', '特效', '视效', '调色', '配音', '影视数字化'],
                ko: ['후반 작업', '시각효과', 'VFX', '색보정', '더빙'],
              },
              isic: ['5912'],
            },
          ],
        },
        {
          id: 'film-tv.distribution',
          name: { en: 'Distribution and broadcasting', zh: '发行与播出', ko: '배급·방송' },
          segments: [
            {
              id: 'film-tv.distribution-broadcasting',
              name: { en: 'Film distribution and broadcasting', zh: '影视发行与播出', ko: '영화 배급·방송' },
              keywords: {
                en: ['film distribution', 'broadcasting', 'radio and television', 'cinema'],
                zh: ['影视发行', '电影发行', '广播电视', '电影院'],
                ko: ['영화 배급', '방송', '방송 송출', '극장'],
              },
              isic: ['5913', '5914', '6020'],
            },
          ],
        },
      ],
    },
    {
      id: 'digital-content',
      name: { en: 'Animation, games and new media', zh: '动漫、游戏与新媒体', ko: '애니메이션·게임·뉴미디어' },
      stages: [
        {
          id: 'digital-content.creation',
          name: { en: 'Content creation', zh: '内容创作', ko: '콘텐츠 창작' },
          segments: [
            {
              id: 'digital-content.animation',
              name: { en: 'Animation', zh: '动漫', ko: '애니메이션' },
              keywords: {
                en: ['animation', 'animated film', 'cartoon', 'anime', 'comics', 'webtoon'],
                zh: ['动漫', '动画', '动画片', '漫画', '网络漫画'],
                ko: ['애니메이션', '웹툰', '만화', '캐릭터 애니메이션'],
              },
              isic: ['5911', '5912'],
            },
          ],
        },
        {
          id: 'digital-content.products',
          name: { en: 'Games and licensed products', zh: '游戏与衍生品', ko: '게임·라이선스 상품' },
          segments: [
            {
              id: 'digital-content.games',
              name: { en: 'Games', zh: '游戏', ko: '게임' },
              keywords: {
                en: ['game', 'video game', 'online game', 'mobile game', 'esports', 'game development'],
                zh: ['游戏', '网络游戏', '手游', '电子竞技', '电竞', '游戏开发'],
                ko: ['게임', '온라인 게임', '모바일 게임', 'e스포츠', '게임 개발'],
              },
              isic: ['5820', '6201'],
            },
            {
              id: 'digital-content.character-licensing',
              name: { en: 'Character and IP licensing', zh: 'IP授权与衍生品', ko: '캐릭터·IP 라이선싱' },
              keywords: {
                en: ['character licensing', 'IP licensing', 'merchandise', 'derivative products'],
                zh: ['IP授权', '衍生品', '动漫周边', '动漫衍生品'],
                ko: ['캐릭터 라이선싱', 'IP 라이선싱', '굿즈', '캐릭터 상품'],
              },
              isic: ['7740', '3240'],
              hs: ['950300'],
            },
          ],
        },
        {
          id: 'digital-content.channels',
          name: { en: 'Channels', zh: '渠道', ko: '채널' },
          segments: [
            {
              id: 'digital-content.new-media',
              name: { en: 'New media and streaming', zh: '新媒体与网络视听', ko: '뉴미디어·스트리밍' },
              keywords: {
                en: ['new media', 'streaming', 'online video', 'short video', 'live streaming', 'OTT'],
                zh: ['新媒体', '网络视听', '短视频', '直播', '流媒体'],
                ko: ['뉴미디어', '스트리밍', 'OTT', '숏폼', '라이브 커머스', '1인 미디어'],
              },
              isic: ['6312', '6020', '7310'],
            },
          ],
        },
      ],
    },
    {
      id: 'performing-arts',
      name: { en: 'Cultural shows and creative products', zh: '演艺与文创', ko: '공연·문화상품' },
      stages: [
        {
          id: 'performing-arts.brokerage',
          name: { en: 'Brokerage', zh: '经纪', ko: '기획·매니지먼트' },
          segments: [
            {
              id: 'performing-arts.show-brokerage',
              name: { en: 'Show brokerage and artist management', zh: '演出经纪', ko: '공연 기획·매니지먼트' },
              keywords: {
                en: ['show broker', 'performance agency', 'artist management', 'entertainment agency', 'event planning'],
                zh: ['演出经纪', '演出经纪机构', '艺人经纪', '活动策划'],
                ko: ['공연 기획', '매니지먼트', '연예기획사', '엔터테인먼트', '이벤트 기획'],
              },
              isic: ['9000', '7490'],
            },
          ],
        },
        {
          id: 'performing-arts.shows',
          name: { en: 'Shows', zh: '演出', ko: '공연' },
          segments: [
            {
              id: 'performing-arts.cultural-performances',
              name: { en: 'Cultural shows and performances', zh: '文化演出', ko: '문화 공연' },
              keywords: {
                en: ['cultural show', 'performance', 'performing arts', 'concert', 'K-pop', 'musical', 'stage show'],
                zh: ['文化演出', '演出', '演艺', '演唱会', '音乐剧', '舞台剧'],
                ko: ['공연', '문화 공연', '콘서트', 'K-팝', '뮤지컬', '공연예술'],
              },
              isic: ['9000'],
            },
          ],
        },
        {
          id: 'performing-arts.products',
          name: { en: 'Creative products', zh: '文创产品', ko: '문화상품' },
          segments: [
            {
              id: 'performing-arts.cultural-creative-products',
              name: { en: 'Cultural and creative products', zh: '文化创意产品', ko: '문화창의 상품' },
              keywords: {
                en: ['cultural and creative products', 'cultural products', 'creative products', 'souvenir', 'handicraft'],
                zh: ['文创产品', '文化创意产品', '文化产品', '纪念品', '工艺品'],
                ko: ['문화상품', '창작 상품', '기념품', '공예품'],
              },
              isic: ['3290', '7410'],
              hs: ['442090', '691390'],
            },
          ],
        },
      ],
    },
  ],
};
